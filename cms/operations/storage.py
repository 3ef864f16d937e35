"""Media in S3-compatible object storage, stored so that the bucket can never serve a script.

django-storages would keep the Content-Type the uploader's browser declared; an upload that
claims ``text/html`` would then be served as a web page from the bucket's host name. Here the
type always comes from the file's extension (which Wagtail and governance.uploads have already
checked against the content), and anything but an image or a PDF is stored to download
(``Content-Disposition: attachment``), never to display.
"""

import mimetypes

from storages.backends.s3 import S3Storage

INLINE_TYPES = {
    "image/png",
    "image/jpeg",
    "image/gif",
    "image/webp",
    "image/avif",
    "application/pdf",
}


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        params = dict(super().get_object_parameters(name))
        content_type, _encoding = mimetypes.guess_type(name)
        content_type = content_type or "application/octet-stream"
        params["ContentType"] = content_type
        if content_type not in INLINE_TYPES:
            params["ContentDisposition"] = "attachment"
        return params
