/** The product form, in the order a person fills it in. */
export const PRODUCT_FORM_FIELDS = ['sku', 'name', 'category', 'price', 'cost', 'currency', 'active', 'description'];
export const ORDER_STATUSES = ['paid', 'refunded', 'cancelled'] as const;
