import { css } from 'lit';

export const logoutStyles = css`
  :host {
    display: inline-block;
  }
`;
