/** The deal form, in the order a seller fills it in. The pipeline is the board's, so it is not asked for. */
export const DEAL_FORM_FIELDS = [
  'title', 'stageId', 'amount', 'currency', 'expectedClose', 'companyId', 'contactId', 'ownerId', 'source', 'notes',
];
/** Columns on a board page at a time; "Show more" adds the same again. */
export const CARDS_PER_PAGE = 20;
