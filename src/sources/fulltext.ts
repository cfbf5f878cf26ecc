// Article page → main text, for feeds that only carry a title and a teaser.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { withoutFurniture } from "../nlp/index.js";
import { htmlToText } from "./items.js";

/** Below this many characters the "article" is navigation, a cookie wall or an error page. */
export const MIN_ARTICLE_CHARS = 80;

/**
 * @mozilla/readability over a linkedom document. Paragraph structure is kept (the
 * extracted HTML goes through htmlToText rather than using textContent, which glues
 * paragraphs together). Returns null when Readability finds nothing or too little.
 */
export function extractArticleText(html: string, url: string): string | null {
  if (!html.trim()) return null;
  let article: ReturnType<Readability["parse"]>;
  try {
    // linkedom's types name the DOM library's, which the server's tsconfig leaves out
    const { document } = parseHTML(html) as unknown as { document: object };
    // Readability resolves relative links against these; linkedom leaves them empty.
    try {
      Object.defineProperty(document, "documentURI", { value: url, configurable: true });
      Object.defineProperty(document, "baseURI", { value: url, configurable: true });
    } catch {
      /* read-only on some versions: only affects link rewriting, not text */
    }
    // Readability wants a DOM Document (a type the server's tsconfig leaves out, so unchecked);
    // linkedom's is structurally close enough at runtime.
    article = new Readability(document, { charThreshold: 200 }).parse();
  } catch {
    // a page Readability or linkedom cannot take apart has no article for us: the feed's own text stands
    return null;
  }
  if (!article) return null;
  const extracted = article.content ? htmlToText(article.content) : (article.textContent ?? "").trim();
  // Readability keeps what sits inside the article's container: breadcrumbs («الرئيسية / أمن»),
  // «إعلان» labels, share rows, date lines, «اقرأ أيضاً» links. Stored text is what summaries quote, so they go
  // here (nlp/ knows them).
  const text = withoutFurniture(extracted.split("\n")).join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return text.length >= MIN_ARTICLE_CHARS ? text : null;
}
