import autogen


def llm_config() -> dict:
    config_list = autogen.config_list_from_json("OAI_CONFIG_LIST")
    return {"config_list": config_list, "temperature": 0, "cache_seed": None}
