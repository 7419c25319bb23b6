package app.tandem.common.form;

/** A file as a form sent it: its name as the person's computer called it, and its bytes. */
public record FileUpload(String fileName, byte[] content) {
}
