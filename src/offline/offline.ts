// Entry of the offline single file (dist/cyber-declarations-map.html, `vite build --mode single`).
// Order matters: the inlined data becomes the default asset source before the element defines
// itself, so no element ever asks the network for anything.
import './offline-assets';
import '../components/cyber-declarations-map';
import '../components/cdm-briefing-bar';
import { OFFLINE_DATASET_VERSION } from './offline-assets';
import { fitMapToWindow } from '../window-fit';

const note = document.querySelector('[data-offline-version]');
if (note) note.textContent = OFFLINE_DATASET_VERSION;

const map = document.querySelector<HTMLElement>('cyber-declarations-map');
if (map) fitMapToWindow(map);
