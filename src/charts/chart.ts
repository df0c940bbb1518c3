// What drawing a chart gives back, shared by the drawing code and the worker that runs it.
export interface Chart {
  /** A standalone <svg> element (role="img", with <title>), safe to insert into HTML as is. */
  svg: string;
  /** One-line Swedish text alternative with the numbers. */
  alt: string;
}
