import strawberry
from graphql import GraphQLError

from briefs.llm import brief


@strawberry.type
class Brief:
    topic: str
    text: str


@strawberry.type
class Query:
    @strawberry.field
    async def brief(self, topic: str) -> Brief:
        try:
            return Brief(topic=topic, text=await brief(topic))
        except Exception as exc:
            raise GraphQLError(f"briefing failed: {exc}")


schema = strawberry.Schema(query=Query)
