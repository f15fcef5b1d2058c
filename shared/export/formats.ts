/** The export formats and the extension each writes. No dependencies: the page uses it. */
export type TextFormat = 'markdown' | 'html' | 'text';
export type ExportFormat = TextFormat | 'pdf';

export const EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', html: 'html', text: 'txt', pdf: 'pdf' };
