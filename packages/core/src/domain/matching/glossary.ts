/**
 * Lab terms CC-CEDICT lacks (Hong Kong usage and abbreviations the lab's users write), with
 * their English meaning. Everything else is translated by the dictionary: keep this list to words
 * the dictionary does not know — a test checks that each Chinese entry is missing from it.
 */
export const GLOSSARY: Readonly<Record<string, string>> = {
  機械人: "robot",
  聊天機械人: "chatbot",
  聊天機器人: "chatbot",
  機械程式: "bot",
  大型主機: "mainframe",
  舊有: "legacy|existing",
  鼠患: "rodent|infestation",
  ai: "artificial intelligence",
  iot: "internet of things",
  cctv: "camera",
  ocr: "text recognition",
};
