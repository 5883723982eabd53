# fixture ids recorded from a staging run
SAMPLE_JOB = "e1b6a43b2d4b5e3e850de977c0517d7d"
SAMPLE_TRACE = "e1d11cad-4771-42ae-8a66-f210931f018d"


def test_sample_ids_are_hex():
    assert len(SAMPLE_JOB) == 32
