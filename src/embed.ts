// Entry of the embed build (`vite build --mode embed` -> dist/embed/cyber-declarations-map.js).
// One `<script type="module" src=".../cyber-declarations-map.js">` registers
// <cyber-declarations-map> and its children; assets load from `generated/` beside this module.
// Import order matters: the asset base is set before the element module defines the element.
import './embed-asset-base';
import './components/cyber-declarations-map';

export { setAssetDefaults, getAssetDefaults } from './lib/asset-defaults';
export type { CyberDeclarationsMap } from './components/cyber-declarations-map';
export type { CdmEventMap, CountrySelectDetail, DateChangeDetail, DeclarationChangeDetail } from './components/events';
