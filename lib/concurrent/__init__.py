# The concurrent package (gilvm's own, written for gilvm): it holds futures.
