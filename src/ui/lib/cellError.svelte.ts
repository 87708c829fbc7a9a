/** The refusal of the cell being edited inline (one editor is open at a time), said above the list. */
export const cellError = $state({ text: '' });
