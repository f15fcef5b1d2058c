/** Text with the words that matched a search marked. */
export function MarkedText({ text, words }: { text: string; words: readonly string[] }) {
  if (words.length === 0) return <>{text}</>;
  const wanted = new Set(words.map((word) => word.toLowerCase()));
  // Split keeping the separators, so every part is either a word or what lies between words.
  const parts = text.split(/([\p{L}\p{N}]+(?:['’][\p{L}]+)?)/u);
  return (
    <>
      {parts.map((part, index) => (wanted.has(part.toLowerCase()) ? <mark key={index}>{part}</mark> : part))}
    </>
  );
}
