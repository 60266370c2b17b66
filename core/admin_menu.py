from wagtail.admin.menu import MenuItem


class PermissionMenuItem(MenuItem):
    """A Wagtail admin menu item shown only to users holding `permission`."""

    def __init__(self, *args, permission: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)
