# shared by the training and the serving scripts
LM_KEY = "i37zKQuxb6t6H50u1UBo4Byf5Pxsy9eD"
