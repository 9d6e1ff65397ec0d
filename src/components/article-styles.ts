// Styles of the article layout's own parts (src/components/article-view.ts): compact, in the
// element's type scale, so the whole figure fits about one screen in a 680 px column.
import { css } from 'lit';
import { HEADLINE_SIZE, PANEL_SIZE, SMALL_OUTSIDE_PANELS, STRONG_WEIGHT } from './type-scale';
import { themeVar } from './theme';

export const articleStyles = css`
  .title {
    margin: 0 0 6px;
    font-size: ${HEADLINE_SIZE};
    line-height: 1.25;
    font-weight: ${STRONG_WEIGHT};
  }
  .about {
    font-size: ${PANEL_SIZE};
  }
  .about h3 {
    margin: 0 0 2px;
    font-size: 1em;
  }
  .about p {
    margin: 0 0 4px;
  }
  .about .facts {
    color: ${themeVar('--cdm-muted-text')};
  }
  .more {
    border-top: 1px solid ${themeVar('--cdm-control-border')};
    border-bottom: 1px solid ${themeVar('--cdm-control-border')};
  }
  .more > summary {
    cursor: pointer;
    min-height: 44px;
    box-sizing: border-box;
    padding: 10px 2px;
    font-weight: ${STRONG_WEIGHT};
    color: ${themeVar('--cdm-accent')};
  }
  .more > summary:focus-visible {
    outline: 3px solid ${themeVar('--cdm-focus')};
    outline-offset: 2px;
  }
  /* In the disclosure the sidebar is part of the page's flow, never a sticky scrolling column. */
  .more cdm-sidebar {
    position: static;
    max-height: none;
    overflow: visible;
    padding-bottom: 8px;
  }
  .credit {
    margin: 0;
    font-size: ${SMALL_OUTSIDE_PANELS};
    color: ${themeVar('--cdm-muted-text')};
  }
  a {
    color: ${themeVar('--cdm-accent')};
  }
  a:focus-visible {
    outline: 3px solid ${themeVar('--cdm-focus')};
    outline-offset: 2px;
  }
  .article-foot {
    display: flex;
    flex-direction: column;
    gap: 10px;
    margin-top: 12px;
  }
`;
