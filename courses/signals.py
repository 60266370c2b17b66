"""Signals other apps subscribe to; `courses` sends them and knows nothing of
the receivers."""

from django.dispatch import Signal

# Sent once per CourseCompletion record, after the transaction that created it
# commits. kwargs: completion (CourseCompletion), user, course (the CoursePage
# in the source locale).
course_completed = Signal()
