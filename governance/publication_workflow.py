"""The publication workflow: created by a migration, safe to re-create, assigned to every page.

It replaces Wagtail's sample "Moderators approval" workflow, whose approvers could be anyone in
the Moderators group, with the chain of ``governance.workflow``.
"""

from django.apps import apps as global_apps
from django.db import transaction

WORKFLOW_NAME = "การขออนุญาตเผยแพร่ข้อมูล"
# (model name in this app, task name shown in the admin), in the order they run
TASKS = (
    ("groupheadapprovaltask", "หัวหน้ากลุ่มงานพิจารณาอนุมัติ"),
    ("cioapprovaltask", "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงให้ความเห็นชอบ (เรื่องสำคัญ/เร่งด่วน)"),
    ("webmasterpublishtask", "ผู้ดูแลเว็บไซต์นำข้อมูลขึ้นเผยแพร่"),
)
WAGTAIL_SAMPLE_WORKFLOW = "Moderators approval"


def ensure_publication_workflow(apps=global_apps):
    """Create the workflow and its tasks if missing and make it the workflow of the whole tree.

    ``apps`` is the migration state inside a migration, the live registry elsewhere.
    """
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    with transaction.atomic():
        workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
        for sort_order, (model_name, task_name) in enumerate(TASKS):
            model = apps.get_model("governance", model_name)
            content_type, _ct = ContentType.objects.get_or_create(
                app_label="governance", model=model_name
            )
            task = model.objects.filter(name=task_name).first() or model.objects.create(
                name=task_name, content_type=content_type, active=True
            )
            WorkflowTask.objects.update_or_create(
                workflow=workflow, task_id=task.pk, defaults={"sort_order": sort_order}
            )
        root = Page.objects.get(depth=1)
        WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})
        Workflow.objects.filter(name=WAGTAIL_SAMPLE_WORKFLOW).update(active=False)
    return workflow
