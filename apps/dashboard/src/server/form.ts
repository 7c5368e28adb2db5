/** A sign-in or language form is a few hundred bytes; anything much larger is not ours. */
const MAX_FORM_BYTES = 64_000;

/** A posted form, or undefined when it is too large or cannot be read as a form. */
export async function readForm(request: Request): Promise<FormData | undefined> {
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!(length <= MAX_FORM_BYTES)) return undefined;
  try {
    return await request.formData();
  } catch {
    return undefined;
  }
}
