/** A file that cannot be read as an article; `message` is a short human reason ("empty file", …). */
export class ArticleFormatError extends Error {
  override readonly name = 'ArticleFormatError';

  constructor(reason: string) {
    super(reason);
  }
}
