/** The name a repository goes by in lists: the last part of its folder ("~/code/billing/" → "billing"). */
export function repositoryName(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter((part) => part !== '' && part !== '~');
  return parts.at(-1) ?? folder;
}
