import pytest

from exercises.blocks import ExerciseBlock

pytestmark = pytest.mark.django_db


def test_exercise_block_is_an_assessment_offering_published_scenarios(scenario):
    block = ExerciseBlock()
    assert ExerciseBlock.is_assessment is True
    assert ExerciseBlock.assessment_kind == "exercise"
    assert dict(block.child_blocks["grading"].field.choices).keys() >= {"best", "last"}
    choices = dict(block.child_blocks["scenario"].field.choices)
    assert str(scenario.lineage) in choices


def test_exercise_block_renders_a_start_form_with_the_pass_mark_override(rf, scenario):
    block = ExerciseBlock()
    value = block.to_python({"scenario": str(scenario.lineage), "pass_mark": 75, "required": True})
    html = block.render(value, context={"request": rf.get("/"), "csrf_token": "x"})
    assert f'name="scenario" value="{scenario.pk}"' in html
    assert "pass mark 75" in html


def test_exercise_block_without_a_published_scenario_says_so(rf):
    block = ExerciseBlock()
    html = block.render(block.to_python({"scenario": "gone", "required": False}), context={})
    assert "not available" in html
