from fastapi import APIRouter

from services.translate import detect, translate

router = APIRouter()


@router.post("/translate")
def translate_route(text: str, target: str = "en"):
    return translate(text, target)


@router.post("/detect")
def detect_route(text: str):
    try:
        return {"language": detect(text)}
    except Exception as e:
        return {"error": str(e)}
