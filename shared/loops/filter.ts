/** Whether a filter of Open loops narrows the list at all. (No zod here: the page uses it.) */
export function isFiltered(filter: { person?: string | undefined; source?: string | undefined; text?: string | undefined }): boolean {
  return [filter.person, filter.source, filter.text].some((value) => value !== undefined && value.trim() !== '');
}
