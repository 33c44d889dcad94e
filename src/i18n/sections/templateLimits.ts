/** The bounds a template must keep (src/templates/limits.ts). */
export interface TemplateLimitTexts {
  tooLarge: (bytes: number, max: number) => string;
  /** The line under the first problems of a template that has more. */
  more: (count: number) => string;
}
