/** What a drafted message leaves for the user to fill in. (No zod here: the page uses it.) */
export const REASON = '[reason]';
