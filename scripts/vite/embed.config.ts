// Placeholder removed by the embed work (issue 5): the newsroom embed build, dist/embed/.
import type { UserConfig } from 'vite';
const config: UserConfig = {};
export default config;
