/**
 * The bundle's entry: everything Apps Script must see as a top-level function. esbuild wraps it
 * in `var Okapi = (() => {…})()`, and the build generates main.js, whose top-level functions
 * forward to these (see scripts/build.ts). Nothing here may run a service at load.
 */
export { KPI_STATUS, KR_PROGRESS, OKR_SCORE, PERIOD_ELAPSED } from './custom-functions';
export {
  okapiClosePeriod,
  okapiClosePeriodMenu,
  okapiClosingLoad,
  okapiNextPeriodLoad,
  okapiNextPeriodMenu,
  okapiStartNextPeriod,
} from './cycle';
export {
  okapiCreateTemplate,
  okapiHelp,
  okapiOpenSidebar,
  okapiRefresh,
  onInstall,
  onOpen,
} from './menu';
export {
  okapiSidebarLoad,
  okapiSidebarRefresh,
  okapiSidebarRestore,
  okapiSidebarSave,
} from './sidebar-api';
export { okapiTrackDaily, okapiTrackingRun } from './tracking';
