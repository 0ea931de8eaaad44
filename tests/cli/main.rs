mod assess;
