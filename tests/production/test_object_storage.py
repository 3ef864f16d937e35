"""Media in S3-compatible object storage (django-storages), against a local S3 server (moto's
server mode) that the test starts itself: an upload through the admin lands in the bucket, and
the public download is streamed back with safe headers."""

import boto3
import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from moto.server import ThreadedMotoServer
from wagtail.documents import get_document_model

from content_types.demo.files import image as demo_image
from content_types.demo.files import minimal_pdf

from .helpers import free_port

Document = get_document_model()
BUCKET = "khaosan-media"
CREDENTIALS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}


@pytest.fixture(scope="module")
def s3_server():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    client = boto3.client("s3", endpoint_url=endpoint, region_name="us-east-1", **CREDENTIALS)
    client.create_bucket(Bucket=BUCKET)
    try:
        yield endpoint, client
    finally:
        server.stop()


@pytest.fixture
def s3_media(s3_server, settings):
    """The default storage as production configures it with AWS_STORAGE_BUCKET_NAME set."""
    endpoint, client = s3_server
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "cms.operations.storage.MediaStorage",
            "OPTIONS": {
                "bucket_name": BUCKET,
                "endpoint_url": endpoint,
                "region_name": "us-east-1",
                "access_key": CREDENTIALS["aws_access_key_id"],
                "secret_key": CREDENTIALS["aws_secret_access_key"],
                "querystring_auth": True,
                "file_overwrite": False,
                "default_acl": None,
            },
        },
    }
    storages._storages.pop("default", None)  # built afresh from the settings above
    yield client
    storages._storages.pop("default", None)


def test_an_uploaded_document_is_stored_in_the_bucket_and_served_by_the_site(
    login, demo, client, s3_media
):
    content = minimal_pdf("รายงานประจำปี 2569")
    response = login("webmaster").post(
        "/admin/documents/add/",
        {
            "title": "รายงานประจำปี",
            "file": SimpleUploadedFile("annual.pdf", content),
            "collection": 1,
        },
    )
    assert response.status_code == 302
    document = Document.objects.get(title="รายงานประจำปี")

    stored = s3_media.get_object(Bucket=BUCKET, Key=document.file.name)
    assert stored["Body"].read() == content
    assert stored["ContentType"] == "application/pdf"
    with pytest.raises(NotImplementedError):
        document.file.path  # noqa: B018 - no local copy: object storage only

    assert "ContentDisposition" not in stored  # a PDF may open in the browser

    served = client.get(document.url)
    assert served.status_code == 200  # streamed by the site, not a redirect to the bucket
    assert b"".join(served.streaming_content) == content
    assert served["Content-Type"] == "application/pdf"
    assert served["X-Content-Type-Options"] == "nosniff"
    assert served["Content-Security-Policy"] == "default-src 'none'"


def test_an_image_url_points_into_the_bucket_with_a_signature(demo, s3_media):
    image = demo_image("ภาพข่าวในที่เก็บวัตถุ")
    assert s3_media.head_object(Bucket=BUCKET, Key=image.file.name)["ContentLength"] > 0
    rendition = image.get_rendition("width-100")
    assert s3_media.head_object(Bucket=BUCKET, Key=rendition.file.name)["ContentLength"] > 0
    assert "X-Amz-Signature=" in rendition.url or "Signature=" in rendition.url


def test_a_csv_in_the_bucket_downloads_instead_of_displaying(login, demo, s3_media):
    upload = SimpleUploadedFile("cases.csv", "อำเภอ,จำนวน\n".encode(), content_type="text/html")
    response = login("webmaster").post(
        "/admin/documents/add/", {"title": "สถิติ", "file": upload, "collection": 1}
    )
    assert response.status_code == 302
    stored = s3_media.head_object(Bucket=BUCKET, Key=Document.objects.get(title="สถิติ").file.name)
    assert stored["ContentType"] == "text/csv"
    assert stored["ContentDisposition"] == "attachment"
