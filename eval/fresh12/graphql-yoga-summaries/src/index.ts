import { createServer } from "node:http";
import { createYoga } from "graphql-yoga";
import { createContext } from "./context";
import { schema } from "./schema";

const yoga = createYoga({ schema, context: createContext });
createServer(yoga).listen(4000);
