"""What the journeys do in Wagtail's admin, by the Thai labels its users read (locale/ and
locale_wagtail/) or by stable attributes (``name="action-submit"``)."""

from playwright.sync_api import expect

#: Labels Wagtail's editor script draws (its djangojs catalogue, which the server's gettext does
#: not read), by msgid.
JS_LABELS = {"Insert a block": "แทรกบล็อก", "Delete": "ลบ"}


def open_more_actions(page):
    """Unfold the editor's action menu (the arrow beside "Save draft"), after closing a date
    picker still open over it: a click on the title field outside it closes it."""
    pickers = page.locator(".xdsoft_datetimepicker:visible")
    if pickers.count():
        page.locator("#id_title").click()
        expect(pickers).to_have_count(0)
    toggle = page.locator("footer [data-w-dropdown-target=toggle]").last
    if toggle.get_attribute("aria-expanded") != "true":
        toggle.click()


def click_and_load(page, button):
    """Click ``button`` and wait until the page it leads to has loaded. (Not Playwright's
    ``expect_navigation``: the editor's autosave changes the address without leaving the page,
    which that would take for the navigation.)"""
    with page.expect_event("load"):
        button.click()


def editor_action(page, name):
    """Press the editor's ``action-<name>`` button (submit, cancel-workflow...) and wait for the
    page it leads to."""
    open_more_actions(page)
    click_and_load(page, page.locator(f"footer button[name=action-{name}]"))


def workflow_action(page, action, with_modal=False):
    """The current workflow step's ``approve`` or ``reject`` button in the editor's action menu;
    ``with_modal`` picks the one that opens a form (a reason, a comment, a time). Returns the
    modal when one opens."""
    open_more_actions(page)
    selector = f"footer button[data-workflow-action-name={action}]"
    with_form = "[data-workflow-action-modal-url]"
    selector += with_form if with_modal else f":not({with_form})"
    if not with_modal:
        click_and_load(page, page.locator(selector))
        return None
    page.locator(selector).click()
    modal = page.locator(".modal-content")
    modal.locator("form").wait_for()
    return modal


def messages(page):
    """The admin's flash messages, as one text."""
    return " ".join(page.locator(".messages").all_inner_texts())


def add_block(page, field, block_label=None):
    """Insert a block at the end of StreamField ``field``; ``block_label`` picks its kind when
    the field offers several."""
    stream = page.locator(f"[data-contentpath={field}]").first
    stream.get_by_role("button", name=JS_LABELS["Insert a block"]).last.click()
    if block_label:
        page.get_by_role("option", name=block_label, exact=True).click()
    return stream
