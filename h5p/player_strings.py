"""H5P core's interface strings (H5PIntegration.l10n.H5P) that a trainee can
meet in our player, in our catalogues so they reach ru, uz and tk."""

from django.utils.translation import gettext_lazy as _

PLAYER_STRINGS = {
    "fullscreen": _("Fullscreen"),
    "disableFullscreen": _("Disable fullscreen"),
    "close": _("Close"),
    "title": _("Title"),
    "author": _("Author"),
    "year": _("Year"),
    "source": _("Source"),
    "license": _("License"),
    "copyrights": _("Rights of use"),
    "copyrightInformation": _("Rights of use"),
    "noCopyrights": _("No copyright information available for this content."),
    "contentChanged": _("This content has changed since you last used it."),
    "startingOver": _("You'll be starting over."),
    "by": _("by"),
    "showMore": _("Show more"),
    "showLess": _("Show less"),
    "subLevel": _("Sublevel"),
    "confirmDialogHeader": _("Confirm action"),
    "confirmDialogBody": _("Please confirm that you wish to proceed. This action is not reversible."),
    "cancelLabel": _("Cancel"),
    "confirmLabel": _("Confirm"),
    "connectionLost": _("Connection lost. Results will be stored and sent when you regain connection."),
    "connectionReestablished": _("Connection reestablished."),
    "resubmitScores": _("Attempting to submit stored results."),
    "offlineDialogHeader": _("Your connection to the server was lost"),
    "offlineDialogBody": _(
        "We were unable to send information about your completion of this task. "
        "Please check your internet connection."
    ),
    "offlineDialogRetryMessage": _("Retrying in :num...."),
    "offlineDialogRetryButtonLabel": _("Retry now"),
    "offlineSuccessfulSubmit": _("Successfully submitted results."),
}


def player_translations() -> dict[str, str]:
    """The strings in the active language."""
    return {key: str(value) for key, value in PLAYER_STRINGS.items()}
