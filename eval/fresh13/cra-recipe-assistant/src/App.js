import RecipeForm from "./components/RecipeForm";

export default function App() {
  return <RecipeForm />;
}
