// The toolbar's Story button and the full-screen story it plays (captions, headline figures, WebM export).
// CONTRACT STUB: the story helper replaces this.
export function StoryButton() {
  return null
}
