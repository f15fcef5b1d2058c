import { z } from 'zod';

export const REPOSITORIES_MAX = 50;
export const FOLDER_MAX = 1000;

/**
 * A folder as the user gives it: absolute (/home/me/code/app, C:\code\app, \\server\share) or
 * under their home folder (~/code/app). A relative path would mean whatever folder the app
 * happened to start in.
 */
const ABSOLUTE = /^(\/|~(\/|\\|$)|[A-Za-z]:[\\/]|\\\\)/;

export const RepositoryFolder = z
  .string()
  .trim()
  .min(1, 'Give the folder of a repository.')
  .max(FOLDER_MAX, `Keep the folder under ${FOLDER_MAX} characters.`)
  .refine((folder) => ABSOLUTE.test(folder), 'Give the full path of the folder, like /home/you/code/app or ~/code/app.');

/** The e-mail the user's commits carry (git's user.email); empty until they give it. */
export const AuthorEmail = z
  .string()
  .trim()
  .max(254, 'That e-mail address is too long.')
  .refine((email) => email === '' || /^[^\s@<>]+@[^\s@<>]+$/.test(email), 'That does not look like an e-mail address, like you@example.com.');

export const RepositoryFolders = z
  .array(RepositoryFolder)
  .max(REPOSITORIES_MAX, `Ownlog reads at most ${REPOSITORIES_MAX} repositories.`)
  .refine((folders) => new Set(folders).size === folders.length, 'That folder is in the list twice.');
