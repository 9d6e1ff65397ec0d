// Side effect, first import of src/embed.ts: the element's default atlas and dataset URLs become
// `generated/…` beside this module (the embed bundle's own URL), not beside the host page. It runs
// before the element module is evaluated, so even elements already in the page when it defines
// itself load from the right place.
import { defaultsBesideModule, setAssetDefaults } from './lib/asset-defaults';

setAssetDefaults(defaultsBesideModule(import.meta.url));
