/** Performance mark the App sets on its first commit: the pane's time to first render. */
export const FIRST_RENDER_MARK = 'spk:first-render';
