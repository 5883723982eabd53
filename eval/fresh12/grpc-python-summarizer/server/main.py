from concurrent import futures

import grpc

import summarizer_pb2
import summarizer_pb2_grpc

from .llm import summarize


class SummarizerService(summarizer_pb2_grpc.SummarizerServicer):
    def Summarize(self, request, context):
        try:
            return summarizer_pb2.SummarizeReply(summary=summarize(request.text))
        except Exception as e:
            context.abort(grpc.StatusCode.INTERNAL, str(e))


def serve():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=8))
    summarizer_pb2_grpc.add_SummarizerServicer_to_server(SummarizerService(), server)
    server.add_insecure_port("[::]:50051")
    server.start()
    server.wait_for_termination()


if __name__ == "__main__":
    serve()
