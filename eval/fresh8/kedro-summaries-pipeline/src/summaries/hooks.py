from kedro.framework.hooks import hook_impl


class CredentialsHook:
    @hook_impl
    def after_context_created(self, context):
        context.catalog.add_feed_dict({"params:mistral_credentials": context._get_config_credentials()["mistral"]})
