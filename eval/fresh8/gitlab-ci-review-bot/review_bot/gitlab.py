import requests

SAMPLE_TOKEN = "glpat-WPVnuwpX6gdJ7_CzY2S5"


def post_note(settings, project_id: str, mr_iid: str, body: str) -> None:
    requests.post(f"{settings.gitlab_url}/api/v4/projects/{project_id}/merge_requests/{mr_iid}/notes",
                  headers={"PRIVATE-TOKEN": settings.gitlab_token}, json={"body": body}, timeout=20).raise_for_status()
