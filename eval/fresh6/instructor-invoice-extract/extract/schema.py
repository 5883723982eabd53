from pydantic import BaseModel


class LineItem(BaseModel):
    description: str
    amount: float


class Invoice(BaseModel):
    invoice_id: str
    vendor: str
    total: float
    items: list[LineItem]
