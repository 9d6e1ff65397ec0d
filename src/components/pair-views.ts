// The compare and change views' code, one lazy chunk (`pair-views` in the embed build): the
// mediator imports it the first time a page or a reader asks for view=compare or view=change, so
// the core module an article loads carries none of it.
export { changeViewModel, compareViewModel, type PairViewModel } from '../lib/compare-view-model';
export { pairStyle } from './pair-style';
