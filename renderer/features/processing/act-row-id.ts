/** Where an act's row in the list of issued acts is: the queue's "Go to the act" moves the focus there. */
export const actRowId = (docId: string): string => `retention-act-row-${docId}`;
