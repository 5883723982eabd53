import { createRoot } from "react-dom/client";
import { AIProvider } from "./context/AIContext";
import App from "./App";

createRoot(document.getElementById("root")!).render(<AIProvider><App /></AIProvider>);
