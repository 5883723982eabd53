import pandas as pd
from dash import Dash, Input, Output, dcc, html

from services.insights import describe

df = pd.read_csv("data/sales.csv")
app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(sorted(df.region.unique()), id="region"), html.Div(id="insights")])


@app.callback(Output("insights", "children"), Input("region", "value"))
def update(region):
    if not region:
        return ""
    try:
        return html.P(describe(df[df.region == region].describe().to_string()))
    except Exception as e:
        return html.Div(f"Could not generate insights: {e}", className="error")


if __name__ == "__main__":
    app.run(debug=False)
