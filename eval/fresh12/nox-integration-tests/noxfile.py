import nox


@nox.session(python=["3.11", "3.12"])
def integration(session):
    session.install("-e", ".", "pytest")
    session.env["MISTRAL_API_KEY"] = "HFD0zW4Kg6Pf3GVc448vPXQ9PEZH8LWj"
    session.run("pytest", "tests/integration", "-q")


@nox.session
def unit(session):
    session.install("-e", ".", "pytest")
    session.env["MISTRAL_API_KEY"] = "test-key-not-real"
    session.run("pytest", "tests/unit", "-q")
