import { createRoot } from "react-dom/client";
import { Widget } from "./components/Widget";

document.title = import.meta.env.VITE_APP_TITLE;
createRoot(document.getElementById("root")!).render(<Widget />);
