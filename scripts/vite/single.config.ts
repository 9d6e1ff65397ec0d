// Placeholder removed by the briefing work (issue 6): the offline single file.
import type { UserConfig } from 'vite';
const config: UserConfig = {};
export default config;
